package cn.jianwu.hall.booking.desk;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.wechat.WechatNotice;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.booking.AppointmentPeople;
import cn.jianwu.hall.booking.AppointmentPerson;
import cn.jianwu.hall.booking.BookingClock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What channel-wechat asks of a booking: the words of a notice for the follower sealed
 * with it, and binding a booking made elsewhere to a follower (the openid is sealed with
 * the person, never stored or logged in clear).
 */
@Service
class WechatDesk {

	static final String BIND_ACTION = "BIND_WECHAT";

	private static final Logger log = LoggerFactory.getLogger(WechatDesk.class);

	private final DeskRepository bookings;

	private final AppointmentPeople people;

	private final HandlingAudit audit;

	private final BookingClock clock;

	WechatDesk(DeskRepository bookings, AppointmentPeople people, HandlingAudit audit, BookingClock clock) {
		this.bookings = bookings;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	WechatNotice notice(UUID id, AppointmentNotice notice) {
		DeskBooking booking = this.bookings.byId(id)
			.filter(DeskBooking::hasOpenid)
			.orElseThrow(DeskProblems::noWechatNotice);
		String openid = this.people.open(id).map(AppointmentPerson::openid).orElse(null);
		if (openid == null || openid.isBlank()) {
			throw DeskProblems.noWechatNotice();
		}
		return WechatNoticeWords.of(openid, notice, booking, this.clock.now())
			.orElseThrow(DeskProblems::noWechatNotice);
	}

	/**
	 * Seals the follower with the booking's person; answers the booking as its person
	 * sees it.
	 */
	@Transactional
	AppointmentLookup bind(UUID id, String openid) {
		DeskBooking booking = this.bookings.lock(id).orElseThrow(DeskProblems::appointmentNotFound);
		AppointmentPerson person = this.people.open(id).orElseThrow(DeskProblems::appointmentNotFound);
		this.people.seal(id, person.withOpenid(openid));
		this.bookings.openidBound(id);
		Instant now = this.clock.instant();
		this.audit.append(id, BIND_ACTION, SubmissionChannel.WECHAT.name(), SubmissionChannel.WECHAT.label(),
				booking.state().name(), booking.state().name(), "绑定微信通知", now);
		log.info("Appointment {} bound to a WeChat follower", id);
		return lookup(booking, this.clock.local(now));
	}

	static AppointmentLookup lookup(DeskBooking booking, LocalDateTime now) {
		return new AppointmentLookup(booking.state(), booking.state().label(), booking.serviceName(), booking.kind(),
				booking.place(), booking.slotStart(), booking.slotEnd(), booking.waitlistPosition(),
				booking.staffNote(), booking.checkedInAt(),
				booking.state().active() && now.isBefore(booking.slotStart()), booking.notes());
	}

}
