package cn.jianwu.hall.booking.staff;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.hall.api.booking.AppointmentState;
import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.SlotChangeRequest;
import cn.jianwu.hall.api.booking.SlotChangeResult;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.booking.BookingProblem;
import cn.jianwu.hall.booking.appointment.Appointment;
import cn.jianwu.hall.booking.appointment.AppointmentRepository;
import cn.jianwu.hall.booking.appointment.BookingEvents;
import cn.jianwu.hall.booking.service.ServiceRepository;
import cn.jianwu.hall.booking.slot.SlotGrid;
import cn.jianwu.hall.booking.slot.SlotRepository;
import cn.jianwu.hall.calendar.WorkingCalendar;
import cn.jianwu.platform.security.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff move a slot's bookings to another slot of the service, or cancel the slot. Both
 * slots' rows are locked in time order (two moves in opposite directions cannot
 * deadlock); a move needs a valid, open slot with room for every booking that holds a
 * place (the waitlisted move along, still waiting). The old slot is closed to booking
 * either way. Each booking is audited and its person told.
 */
@Service
class SlotChanges {

	private static final Logger log = LoggerFactory.getLogger(SlotChanges.class);

	private final ServiceRepository services;

	private final SlotRepository slots;

	private final AppointmentRepository appointments;

	private final BookingEvents events;

	private final HandlingAudit audit;

	private final WorkingCalendar calendar;

	private final BookingClock clock;

	SlotChanges(ServiceRepository services, SlotRepository slots, AppointmentRepository appointments,
			BookingEvents events, HandlingAudit audit, WorkingCalendar calendar, BookingClock clock) {
		this.services = services;
		this.slots = slots;
		this.appointments = appointments;
		this.events = events;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Transactional
	SlotChangeResult move(UUID serviceId, SlotChangeRequest request, StaffIdentity staff) {
		BookableService service = this.services.find(serviceId).orElseThrow(BookingProblem::serviceNotFound);
		LocalDateTime from = request.slotStart();
		LocalDateTime to = request.newStart();
		if (to == null) {
			throw BookingProblem.invalid("请选择新时段");
		}
		if (!SlotGrid.onGrid(service, from)) {
			throw BookingProblem.invalid("原时间不是该服务的接待时段");
		}
		if (to.equals(from)) {
			throw BookingProblem.invalid("新时段与原时段相同");
		}
		SlotGrid.whyNotForStaff(service, to, this.clock.now(), this.calendar::isWorkingDay).ifPresent((why) -> {
			throw BookingProblem.conflict("无法调整到该时段", why);
		});
		LocalDateTime toEnd = SlotGrid.end(service, to);
		SlotRepository.SlotRow source;
		SlotRepository.SlotRow target;
		if (from.isBefore(to)) {
			source = this.slots.lock(serviceId, from, SlotGrid.end(service, from), service.capacity());
			target = this.slots.lock(serviceId, to, toEnd, service.capacity());
		}
		else {
			target = this.slots.lock(serviceId, to, toEnd, service.capacity());
			source = this.slots.lock(serviceId, from, SlotGrid.end(service, from), service.capacity());
		}
		if (target.cancelled()) {
			throw BookingProblem.conflict("无法调整到该时段", "新时段已取消接待");
		}
		List<Appointment> moving = this.appointments.activeInSlot(serviceId, from);
		int holding = (int) moving.stream().filter((a) -> a.state().holdsPlace()).count();
		if (holding > target.remaining()) {
			throw BookingProblem.conflict("新时段名额不足", "新时段剩余" + target.remaining() + "个名额，原时段有" + holding + "个有效预约。");
		}
		Instant now = this.clock.instant();
		String reason = request.reason().strip();
		this.appointments.move(serviceId, from, to, toEnd, reason, now);
		this.slots.take(serviceId, to, holding);
		this.slots.free(serviceId, from, Math.min(holding, source.taken()));
		this.slots.close(serviceId, from, reason);
		int notified = 0;
		for (Appointment appointment : moving) {
			this.audit.append(appointment.id(), "APPOINTMENT_MOVED", staff.username(), staff.name(),
					appointment.state().name(), appointment.state().name(), "调整至 " + to, now);
			if (this.events.notice(appointment, AppointmentNotice.MOVED)) {
				notified++;
			}
		}
		this.events.agendaChanged(from.toLocalDate(), to.toLocalDate());
		log.info("Slot {} of service {} moved to {} by {}: {} bookings", from, serviceId, to, staff.username(),
				moving.size());
		return new SlotChangeResult(moving.size(), notified);
	}

	@Transactional
	SlotChangeResult cancel(UUID serviceId, SlotChangeRequest request, StaffIdentity staff) {
		BookableService service = this.services.find(serviceId).orElseThrow(BookingProblem::serviceNotFound);
		LocalDateTime start = request.slotStart();
		if (!SlotGrid.onGrid(service, start)) {
			throw BookingProblem.invalid("所选时间不是该服务的接待时段");
		}
		this.slots.lock(serviceId, start, SlotGrid.end(service, start), service.capacity());
		Instant now = this.clock.instant();
		String reason = request.reason().strip();
		List<Appointment> cancelling = this.appointments.activeInSlot(serviceId, start);
		int freed = 0;
		int notified = 0;
		for (Appointment appointment : cancelling) {
			if (!this.appointments.transition(appointment.id(), appointment.state(), AppointmentState.CANCELLED, reason,
					now)) {
				continue;
			}
			if (appointment.state().holdsPlace()) {
				freed++;
			}
			this.audit.append(appointment.id(), "APPOINTMENT_CANCELLED", staff.username(), staff.name(),
					appointment.state().name(), AppointmentState.CANCELLED.name(), "时段取消", now);
			this.events.cancelled(appointment, true);
			if (this.events.notice(appointment, AppointmentNotice.CANCELLED_BY_STAFF)) {
				notified++;
			}
		}
		this.slots.free(serviceId, start, freed);
		this.slots.close(serviceId, start, reason);
		this.events.agendaChanged(start.toLocalDate());
		log.info("Slot {} of service {} cancelled by {}: {} bookings", start, serviceId, staff.username(),
				cancelling.size());
		return new SlotChangeResult(cancelling.size(), notified);
	}

}
