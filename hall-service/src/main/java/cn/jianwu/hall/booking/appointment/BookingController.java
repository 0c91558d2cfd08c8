package cn.jianwu.hall.booking.appointment;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import cn.jianwu.hall.booking.BookingCodeFailure;
import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.booking.AppointmentRequest;
import cn.jianwu.hall.api.booking.BookingCodeRequest;
import cn.jianwu.hall.api.booking.BookingLookupFailure;
import cn.jianwu.hall.api.booking.BookingReceipt;
import cn.jianwu.hall.throttle.Throttle;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.web.FailurePacing;
import cn.jianwu.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public's bookings: book ({@code POST /api/hall/appointments}), and with the booking
 * code and the last four of the ID number look up, cancel and fetch the calendar file.
 * Every failure of a code is the one 404 {@link BookingLookupFailure}, the very same
 * bytes, no sooner than {@code jianwu.hall.lookup.failure-min-duration}.
 */
@RestController
class BookingController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final BookingService bookings;

	private final CodeAccess codes;

	private final Cancellations cancellations;

	private final AppointmentViews views;

	private final ClientAddresses clients;

	private final FailurePacing pacing;

	private final Throttle throttle;

	private final BookingCodeFailure failure;

	BookingController(BookingService bookings, CodeAccess codes, Cancellations cancellations, AppointmentViews views,
			ClientAddresses clients, FailurePacing pacing, Throttle throttle, BookingCodeFailure failure) {
		this.bookings = bookings;
		this.codes = codes;
		this.cancellations = cancellations;
		this.views = views;
		this.clients = clients;
		this.pacing = pacing;
		this.throttle = throttle;
		this.failure = failure;
	}

	@PostMapping("/api/hall/appointments")
	ResponseEntity<BookingReceipt> book(@Valid @RequestBody AppointmentRequest request, HttpServletRequest http) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(this.bookings.book(request, this.clients.clientKey(http)));
	}

	@PostMapping("/api/hall/appointments/lookup")
	CompletableFuture<ResponseEntity<Object>> lookup(@RequestBody(required = false) BookingCodeRequest request,
			HttpServletRequest http) {
		long started = System.nanoTime();
		this.throttle.bookingLookup(this.clients.clientKey(http));
		Optional<AppointmentLookup> view = this.codes.find(request).map(this.views::lookup);
		return answer(view.map(BookingController::json), started);
	}

	@PostMapping("/api/hall/appointments/cancel")
	CompletableFuture<ResponseEntity<Object>> cancel(@RequestBody(required = false) BookingCodeRequest request,
			HttpServletRequest http) {
		long started = System.nanoTime();
		this.throttle.bookingLookup(this.clients.clientKey(http));
		Optional<AppointmentLookup> view = this.codes.find(request)
			.map((appointment) -> this.views.lookup(this.cancellations.byPerson(appointment)));
		return answer(view.map(BookingController::json), started);
	}

	@PostMapping("/api/hall/appointments/calendar")
	CompletableFuture<ResponseEntity<Object>> calendar(@RequestBody(required = false) BookingCodeRequest request,
			HttpServletRequest http) {
		long started = System.nanoTime();
		this.throttle.bookingLookup(this.clients.clientKey(http));
		Optional<ResponseEntity<Object>> file = this.codes.find(request)
			.map((appointment) -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.cacheControl(CacheControl.noStore())
				.header("Content-Disposition",
						ContentDisposition.attachment().filename("appointment.ics").build().toString())
				.body(this.views.calendar(appointment, http.getServerName())));
		return answer(file, started);
	}

	/**
	 * A body that is no request at all is a failure like any other; it tells nothing of a
	 * code, so it need not wait.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex, HttpServletRequest http) {
		if (http.getRequestURI().endsWith("/api/hall/appointments")) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", "请求内容无法识别，请检查填写的内容。"));
		}
		return this.failure.response();
	}

	private CompletableFuture<ResponseEntity<Object>> answer(Optional<ResponseEntity<Object>> found, long started) {
		if (found.isPresent()) {
			return CompletableFuture.completedFuture(found.get());
		}
		return this.pacing.notBefore(this.codes.notBefore(started), this.failure.response());
	}

	private static ResponseEntity<Object> json(AppointmentLookup view) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body(view);
	}

}
