package cn.jianwu.hall.booking.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.events.HallAppointmentNoticeDue;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.outbox.HallOutbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day before (at {@code jianwu.hall.booking.reminder-cron}, 16:00 in the
 * institution's zone by default), every active booking of tomorrow with a WeChat follower
 * gets its {@code REMINDER} notice, once: the event goes to the outbox and
 * {@code reminded_at} is set in the same transaction, and rows another instance is
 * reminding are skipped, so two instances never remind twice.
 */
@Component
public class ReminderSweep {

	private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

	private final DeskRepository bookings;

	private final HallOutbox outbox;

	private final BookingClock clock;

	ReminderSweep(DeskRepository bookings, HallOutbox outbox, BookingClock clock) {
		this.bookings = bookings;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Reminds of tomorrow's bookings; answers how many it reminded. */
	@Scheduled(cron = "${jianwu.hall.booking.reminder-cron:0 0 16 * * *}",
			zone = "${jianwu.institution.zone:Asia/Shanghai}")
	@Transactional
	public int sweep() {
		Instant now = this.clock.instant();
		LocalDate tomorrow = this.clock.local(now).toLocalDate().plusDays(1);
		List<UUID> due = this.bookings.lockUnreminded(tomorrow);
		for (UUID id : due) {
			// the person is told on WeChat, whatever channel they booked on
			this.outbox.record(new HallAppointmentNoticeDue(id.toString(), AppointmentNotice.REMINDER,
					SubmissionChannel.WECHAT, now));
			this.bookings.reminded(id, now);
		}
		log.info("{} appointments of {} reminded", due.size(), tomorrow);
		return due.size();
	}

}
