package cn.jianwu.hall.booking.desk;

import java.util.concurrent.CompletableFuture;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.booking.BookingCodeFailure;
import cn.jianwu.hall.api.booking.BookingCodeRequest;
import cn.jianwu.hall.api.booking.CheckInReceipt;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.web.FailurePacing;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/hall/appointments/check-in}: the kiosk's “预约签到” with the booking code
 * and the last four of the ID number. A wrong, malformed or locked pair gets the one
 * uniform 404, no sooner than {@code failure-min-duration}; a right pair that may not
 * check in now gets 409 saying why.
 */
@RestController
class KioskCheckInController {

	private final BookingPairs pairs;

	private final DeskCheckIns checkIns;

	private final ClientAddresses clients;

	private final FailurePacing pacing;

	private final BookingCodeFailure failure;

	KioskCheckInController(BookingPairs pairs, DeskCheckIns checkIns, ClientAddresses clients, FailurePacing pacing,
			BookingCodeFailure failure) {
		this.pairs = pairs;
		this.checkIns = checkIns;
		this.clients = clients;
		this.pacing = pacing;
		this.failure = failure;
	}

	@PostMapping("/api/hall/appointments/check-in")
	CompletableFuture<ResponseEntity<Object>> checkIn(@RequestBody(required = false) BookingCodeRequest request,
			HttpServletRequest http) {
		BookingPairs.Checked checked = this.pairs.check((request != null) ? request.bookingCode() : null,
				(request != null) ? request.idLast4() : null, this.clients.clientKey(http));
		if (checked.booking().isEmpty()) {
			return this.pacing.notBefore(checked.notBefore(), this.failure.response());
		}
		DeskBooking booking = this.checkIns.checkIn(checked.booking().get().id(), SubmissionChannel.KIOSK.name(),
				SubmissionChannel.KIOSK.label());
		CheckInReceipt receipt = new CheckInReceipt(booking.serviceName(), booking.place(), booking.slotStart(),
				booking.checkedInAt());
		return CompletableFuture.completedFuture(ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body(receipt));
	}

	/** A body that is no request at all fails like a wrong code. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex) {
		return this.failure.response();
	}

}
