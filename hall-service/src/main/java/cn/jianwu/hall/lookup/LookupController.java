package cn.jianwu.hall.lookup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.jianwu.hall.api.message.LookupFailure;
import cn.jianwu.hall.api.message.LookupRequest;
import cn.jianwu.hall.api.message.MessageLookup;
import cn.jianwu.platform.web.ClientAddresses;
import cn.jianwu.platform.web.FailurePacing;
import cn.jianwu.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/hall/messages/lookup}: {@code 200} with what the writer may see, or
 * the one failure — 404, type {@code …/hall-lookup-failed}, the very same bytes for every
 * cause (no request id, no instance), no sooner than {@code failure-min-duration}.
 */
@RestController
class LookupController {

	private final LookupService lookups;

	private final ClientAddresses clients;

	private final FailurePacing pacing;

	private final byte[] failureBody;

	LookupController(LookupService lookups, ClientAddresses clients, FailurePacing pacing, LookupProperties properties,
			JsonMapper json) {
		this.lookups = lookups;
		this.clients = clients;
		this.pacing = pacing;
		Map<String, Object> failure = new LinkedHashMap<>();
		failure.put("type", Problems.type(LookupFailure.TYPE_SLUG).toString());
		failure.put("title", LookupFailure.TITLE);
		failure.put("status", HttpStatus.NOT_FOUND.value());
		failure.put("detail", LookupFailure.detail(properties.maxFailures(), properties.lockDuration().toMinutes()));
		// built once: every failure gets these very bytes
		this.failureBody = json.writeValueAsBytes(failure);
	}

	@PostMapping("/api/hall/messages/lookup")
	CompletableFuture<ResponseEntity<Object>> lookup(@RequestBody(required = false) LookupRequest request,
			HttpServletRequest http) {
		LookupService.Looked looked = this.lookups.lookup(request, this.clients.clientKey(http));
		if (looked.view() != null) {
			return CompletableFuture.completedFuture(found(looked.view()));
		}
		return this.pacing.notBefore(looked.notBefore(), failure());
	}

	/**
	 * A body that is no lookup at all (not JSON, a number for a code, a control
	 * character) is a failure like any other: a malformed request must not be told apart
	 * from a wrong code. It tells nothing of the codes either, so it need not wait.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex) {
		return failure();
	}

	private ResponseEntity<Object> failure() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore())
			.body(this.failureBody);
	}

	private static ResponseEntity<Object> found(MessageLookup view) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.body(view);
	}

}
