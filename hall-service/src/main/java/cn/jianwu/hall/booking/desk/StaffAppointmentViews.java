package cn.jianwu.hall.booking.desk;

import cn.jianwu.hall.casequery.LawyerVerdict;
import cn.jianwu.hall.api.booking.StaffAppointment;
import cn.jianwu.hall.booking.AppointmentPeople;
import cn.jianwu.hall.booking.AppointmentPerson;

import org.springframework.stereotype.Component;

/**
 * A booking as staff see it: the sealed person opened, and what case-query-service said
 * of a lawyer in words.
 */
@Component
class StaffAppointmentViews {

	private static final AppointmentPerson NOBODY = new AppointmentPerson(null, null, null, null, null, null, null,
			null);

	private final AppointmentPeople people;

	StaffAppointmentViews(AppointmentPeople people) {
		this.people = people;
	}

	StaffAppointment of(DeskBooking booking) {
		AppointmentPerson person = this.people.open(booking.id()).orElse(NOBODY);
		return new StaffAppointment(booking.id(), booking.serviceId(), booking.slotStart(), booking.state(),
				booking.state().label(), person.name(), person.phone(), person.idLast4(), person.purpose(),
				person.licenceNumber(), person.lawFirm(), person.caseNumber(),
				LawyerVerdict.wordsOf(booking.lawyerCheck()), booking.waitlistPosition(), booking.channel(),
				booking.bookedAt(), booking.checkedInAt(), booking.staffNote());
	}

}
