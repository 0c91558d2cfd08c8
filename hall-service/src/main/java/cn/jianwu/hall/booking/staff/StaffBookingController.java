package cn.jianwu.hall.booking.staff;

import java.util.UUID;

import cn.jianwu.hall.api.booking.ReasonRequest;
import cn.jianwu.hall.api.booking.SlotChangeRequest;
import cn.jianwu.hall.api.booking.SlotChangeResult;
import cn.jianwu.hall.api.booking.StaffAppointment;
import cn.jianwu.hall.booking.BookingProblem;
import cn.jianwu.platform.security.StaffIdentity;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff steps on bookings ({@link StaffBookingRules} says who): confirm or refuse a
 * lawyer's booking (answered with the booking as staff see it), move or cancel a slot.
 */
@RestController
class StaffBookingController {

	private final Confirmations confirmations;

	private final SlotChanges changes;

	private final StaffAppointments views;

	StaffBookingController(Confirmations confirmations, SlotChanges changes, StaffAppointments views) {
		this.confirmations = confirmations;
		this.changes = changes;
		this.views = views;
	}

	@PostMapping("/api/hall/staff/appointments/{id}/confirm")
	StaffAppointment confirm(@PathVariable UUID id) {
		return this.views.of(this.confirmations.confirm(id, StaffIdentity.require()));
	}

	@PostMapping("/api/hall/staff/appointments/{id}/refuse")
	StaffAppointment refuse(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
		return this.views.of(this.confirmations.refuse(id, request.reason(), StaffIdentity.require()));
	}

	@PostMapping("/api/hall/staff/services/{id}/slots/move")
	SlotChangeResult move(@PathVariable UUID id, @Valid @RequestBody SlotChangeRequest request) {
		try {
			return this.changes.move(id, request, StaffIdentity.require());
		}
		catch (DuplicateKeyException ex) {
			// one booking per person, service and day: someone on the slot holds another
			// that day
			throw BookingProblem.conflict("无法调整到该时段", "原时段中有预约人在新日期已预约该服务，请选择同一天的时段或先与其联系。");
		}
	}

	@PostMapping("/api/hall/staff/services/{id}/slots/cancel")
	SlotChangeResult cancel(@PathVariable UUID id, @Valid @RequestBody SlotChangeRequest request) {
		return this.changes.cancel(id, request, StaffIdentity.require());
	}

}
