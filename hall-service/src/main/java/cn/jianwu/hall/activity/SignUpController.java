package cn.jianwu.hall.activity;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import cn.jianwu.hall.booking.BookingCodeFailure;
import cn.jianwu.hall.api.activity.SignUpLookup;
import cn.jianwu.hall.api.activity.SignUpReceipt;
import cn.jianwu.hall.api.activity.SignUpRequest;
import cn.jianwu.hall.api.booking.BookingCodeRequest;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.web.FailurePacing;
import cn.jianwu.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public's sign-up ({@code POST /api/hall/activities/{id}/sign-ups}, {@code 201} with
 * the code shown once) and what it does with the code afterwards
 * ({@code POST /api/hall/activities/sign-ups/lookup} and {@code .../cancel}): every
 * failure of the latter is one 404 — type {@code …/hall-booking-lookup-failed}, the very
 * same bytes for every cause — no sooner than {@code failure-min-duration}.
 */
@RestController
class SignUpController {

	private final SignUpService signUps;

	private final ClientAddresses clients;

	private final FailurePacing pacing;

	private final BookingCodeFailure failure;

	SignUpController(SignUpService signUps, ClientAddresses clients, FailurePacing pacing, BookingCodeFailure failure) {
		this.signUps = signUps;
		this.clients = clients;
		this.pacing = pacing;
		this.failure = failure;
	}

	@PostMapping("/api/hall/activities/{id}/sign-ups")
	ResponseEntity<SignUpReceipt> signUp(@PathVariable UUID id, @Valid @RequestBody SignUpRequest request,
			HttpServletRequest http) {
		SignUpReceipt receipt = this.signUps.signUp(id, request, this.clients.clientKey(http));
		return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(receipt);
	}

	@PostMapping("/api/hall/activities/sign-ups/lookup")
	CompletableFuture<ResponseEntity<Object>> lookup(@RequestBody(required = false) BookingCodeRequest request,
			HttpServletRequest http) {
		return answer(this.signUps.lookup(request, this.clients.clientKey(http), false));
	}

	@PostMapping("/api/hall/activities/sign-ups/cancel")
	CompletableFuture<ResponseEntity<Object>> cancel(@RequestBody(required = false) BookingCodeRequest request,
			HttpServletRequest http) {
		return answer(this.signUps.lookup(request, this.clients.clientKey(http), true));
	}

	/**
	 * A body that is no code request at all is a failure like any other of the code
	 * paths. (A sign-up that is not JSON is refused by the platform's usual 400.)
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex, HttpServletRequest http) {
		if (http.getRequestURI().endsWith("/sign-ups")) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", "报名信息格式不正确。"));
		}
		return this.failure.response();
	}

	private CompletableFuture<ResponseEntity<Object>> answer(SignUpService.Looked looked) {
		if (looked.view() != null) {
			return CompletableFuture.completedFuture(found(looked.view()));
		}
		return this.pacing.notBefore(looked.notBefore(), this.failure.response());
	}

	private static ResponseEntity<Object> found(SignUpLookup view) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body(view);
	}

}
