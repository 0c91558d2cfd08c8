package cn.jianwu.hall.booking.staff;

import cn.jianwu.hall.api.booking.StaffAppointment;
import cn.jianwu.hall.booking.AppointmentPeople;
import cn.jianwu.hall.booking.AppointmentPerson;
import cn.jianwu.hall.booking.appointment.Appointment;
import cn.jianwu.hall.booking.appointment.AppointmentRepository;
import cn.jianwu.hall.casequery.LawyerVerdict;

import org.springframework.stereotype.Component;

/** A booking as staff see it, the person opened from the seal. */
@Component
class StaffAppointments {

	private static final AppointmentPerson NOBODY = new AppointmentPerson(null, null, null, null, null, null, null,
			null);

	private final AppointmentPeople people;

	private final AppointmentRepository appointments;

	StaffAppointments(AppointmentPeople people, AppointmentRepository appointments) {
		this.people = people;
		this.appointments = appointments;
	}

	StaffAppointment of(Appointment appointment) {
		AppointmentPerson person = this.people.open(appointment.id()).orElse(NOBODY);
		return new StaffAppointment(appointment.id(), appointment.serviceId(), appointment.slotStart(),
				appointment.state(), appointment.state().label(), person.name(), person.phone(), person.idLast4(),
				person.purpose(), person.licenceNumber(), person.lawFirm(), person.caseNumber(),
				LawyerVerdict.wordsOf(appointment.lawyerCheck()), this.appointments.waitlistPosition(appointment),
				appointment.channel(), appointment.bookedAt(), appointment.checkedInAt(), appointment.staffNote());
	}

}
