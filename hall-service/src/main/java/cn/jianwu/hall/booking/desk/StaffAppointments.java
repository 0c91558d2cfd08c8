package cn.jianwu.hall.booking.desk;

import java.util.Map;

import cn.jianwu.hall.api.booking.StaffAppointment;
import cn.jianwu.hall.booking.AppointmentPeople;
import cn.jianwu.hall.booking.AppointmentPerson;

import org.springframework.stereotype.Component;

/**
 * A booking as staff see it: the sealed person opened, and what case-query-service said
 * of a lawyer in words.
 */
@Component
class StaffAppointments {

	/** The stored outcome of the lawyer check (appointment.lawyer_check), in words. */
	static final Map<String, String> LAWYER_CHECK = Map.of("ACTING", "案件管理系统确认该律师为本案辩护人", "NOT_ACTING", "未能确认律师与案件的关系",
			"UNAVAILABLE", "案件查询服务暂不可用");

	private static final AppointmentPerson NOBODY = new AppointmentPerson(null, null, null, null, null, null, null,
			null);

	private final AppointmentPeople people;

	StaffAppointments(AppointmentPeople people) {
		this.people = people;
	}

	StaffAppointment of(DeskBooking booking) {
		AppointmentPerson person = this.people.open(booking.id()).orElse(NOBODY);
		String lawyerCheck = (booking.lawyerCheck() != null) ? LAWYER_CHECK.get(booking.lawyerCheck()) : null;
		return new StaffAppointment(booking.id(), booking.serviceId(), booking.slotStart(), booking.state(),
				booking.state().label(), person.name(), person.phone(), person.idLast4(), person.purpose(),
				person.licenceNumber(), person.lawFirm(), person.caseNumber(), lawyerCheck, booking.waitlistPosition(),
				booking.channel(), booking.bookedAt(), booking.checkedInAt(), booking.staffNote());
	}

}
