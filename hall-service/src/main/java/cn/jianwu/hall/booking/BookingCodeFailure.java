package cn.jianwu.hall.booking;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.jianwu.hall.api.booking.BookingLookupFailure;
import cn.jianwu.hall.lookup.LookupProperties;
import cn.jianwu.platform.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one answer of every failed check by booking or sign-up code (404,
 * {@link BookingLookupFailure}) — lookup, cancellation, check-in, the calendar file, the
 * WeChat binding: built once, so every failure gets these very bytes (no request id, no
 * instance).
 */
@Component
public class BookingCodeFailure {

	private final byte[] body;

	BookingCodeFailure(LookupProperties properties, JsonMapper json) {
		Map<String, Object> failure = new LinkedHashMap<>();
		failure.put("type", Problems.type(BookingLookupFailure.TYPE_SLUG).toString());
		failure.put("title", BookingLookupFailure.TITLE);
		failure.put("status", HttpStatus.NOT_FOUND.value());
		failure.put("detail",
				BookingLookupFailure.detail(properties.maxFailures(), properties.lockDuration().toMinutes()));
		this.body = json.writeValueAsBytes(failure);
	}

	public ResponseEntity<Object> response() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore())
			.body(this.body);
	}

}
