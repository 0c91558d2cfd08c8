package cn.jianwu.disclosure.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Conditional GETs on the public record: every public answer changes only when something
 * is published or withdrawn, so its validators are the newest such instant
 * ({@code Last-Modified}) and a weak tag of that instant with the request's path and
 * query ({@code ETag}). Spring answers {@code 304 Not Modified} when the caller's
 * {@code If-None-Match} or {@code If-Modified-Since} still holds.
 */
@Component
class ConditionalGets {

	/** Every public answer may be cached by anyone for a minute. */
	static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	private final PublicRecord record;

	ConditionalGets(PublicRecord record) {
		this.record = record;
	}

	/**
	 * The answer with its validators; the version is read before the body, so that a
	 * change in between makes the tag older than the body, never newer.
	 */
	<T> ResponseEntity<T> ok(HttpServletRequest request, Supplier<T> body) {
		Instant lastChange = this.record.lastChange();
		T answer = body.get();
		return ResponseEntity.ok()
			.eTag(etag(lastChange, request))
			.lastModified(lastChange)
			.cacheControl(CACHE_CONTROL)
			.body(answer);
	}

	static String etag(Instant lastChange, HttpServletRequest request) {
		String query = request.getQueryString();
		String key = lastChange + " " + request.getRequestURI() + ((query != null) ? "?" + query : "");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
