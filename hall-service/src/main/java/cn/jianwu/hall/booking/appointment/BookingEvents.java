package cn.jianwu.hall.booking.appointment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.events.HallAgendaChanged;
import cn.jianwu.events.HallAppointmentBooked;
import cn.jianwu.events.HallAppointmentCancelled;
import cn.jianwu.events.HallAppointmentNoticeDue;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.outbox.HallOutbox;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events of bookings, recorded through the outbox in the transaction of the change:
 * ids, states and times only, never the person.
 */
@Component
public class BookingEvents {

	private final HallOutbox outbox;

	private final BookingClock clock;

	BookingEvents(HallOutbox outbox, BookingClock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void booked(Appointment appointment) {
		this.outbox.record(new HallAppointmentBooked(appointment.id().toString(), appointment.serviceId().toString(),
				this.clock.instant(appointment.slotStart()), appointment.state().name(), appointment.channel(),
				appointment.bookedAt()));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void cancelled(Appointment appointment, boolean byStaff) {
		this.outbox.record(new HallAppointmentCancelled(appointment.id().toString(), appointment.serviceId().toString(),
				this.clock.instant(appointment.slotStart()), byStaff, this.clock.instant()));
	}

	/**
	 * A notice for the person, raised only when a WeChat follower is to be told: the
	 * others see it when they look their booking up. Whether it was raised.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean notice(Appointment appointment, AppointmentNotice notice) {
		if (!appointment.hasOpenid()) {
			return false;
		}
		this.outbox.record(new HallAppointmentNoticeDue(appointment.id().toString(), notice, SubmissionChannel.WECHAT,
				this.clock.instant()));
		return true;
	}

	/** The agenda of each of the days changed (each day once). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void agendaChanged(LocalDate... days) {
		Set<LocalDate> once = new HashSet<>();
		for (LocalDate day : days) {
			if (once.add(day)) {
				this.outbox.record(new HallAgendaChanged(day, this.clock.instant()));
			}
		}
	}

}
