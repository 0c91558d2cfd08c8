package cn.jianwu.hall.booking.desk;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import cn.jianwu.events.AppointmentNotice;
import cn.jianwu.hall.booking.BookingCodeFailure;
import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.wechat.WechatBindRequest;
import cn.jianwu.hall.api.wechat.WechatNotice;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.web.FailurePacing;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * channel-wechat's side of bookings ({@code /internal/**}, channel callers only): the
 * words of a notice it learnt of from {@code appointment.notice-due}, and binding a
 * booking to a follower (“预约 booking-code idLast4”), which fails like every other check
 * by booking code.
 */
@RestController
class WechatDeskController {

	/** An openid is 28 characters; anything much longer is no openid. */
	private static final int MAX_OPENID = 64;

	private final WechatDesk desk;

	private final BookingPairs pairs;

	private final ClientAddresses clients;

	private final FailurePacing pacing;

	private final BookingCodeFailure failure;

	WechatDeskController(WechatDesk desk, BookingPairs pairs, ClientAddresses clients, FailurePacing pacing,
			BookingCodeFailure failure) {
		this.desk = desk;
		this.pairs = pairs;
		this.clients = clients;
		this.pacing = pacing;
		this.failure = failure;
	}

	@GetMapping("/internal/hall/appointments/{id}/wechat-notice")
	WechatNotice notice(@PathVariable UUID id, @RequestParam AppointmentNotice notice) {
		return this.desk.notice(id, notice);
	}

	@PostMapping("/internal/hall/appointments/wechat-binding")
	CompletableFuture<ResponseEntity<Object>> bind(@RequestBody(required = false) WechatBindRequest request,
			HttpServletRequest http) {
		BookingPairs.Checked checked = this.pairs.check((request != null) ? request.bookingCode() : null,
				(request != null) ? request.idLast4() : null, this.clients.clientKey(http));
		String openid = (request != null) ? request.openid() : null;
		if (checked.booking().isEmpty() || openid == null || openid.isBlank() || openid.length() > MAX_OPENID) {
			return this.pacing.notBefore(checked.notBefore(), this.failure.response());
		}
		AppointmentLookup lookup = this.desk.bind(checked.booking().get().id(), openid.strip());
		return CompletableFuture.completedFuture(ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body(lookup));
	}

	/** A body that is no request at all fails like a wrong code. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex) {
		return this.failure.response();
	}

}
