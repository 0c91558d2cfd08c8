package cn.jianwu.disclosure.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Conditional GETs on the public record: every public answer changes only when something
 * is published or withdrawn, so its validators are the newest such instant
 * ({@code Last-Modified}) and a weak tag of that instant with the request's path and
 * query ({@code ETag}). An unchanged answer is a bodiless {@code 304 Not Modified},
 * decided before the answer is read from the database.
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
		String etag = etag(lastChange, request);
		if (notModified(request, etag, lastChange)) {
			// Re-users poll: an unchanged record costs one indexed query, not the page.
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(etag)
				.lastModified(lastChange)
				.cacheControl(CACHE_CONTROL)
				.build();
		}
		T answer = body.get();
		return ResponseEntity.ok().eTag(etag).lastModified(lastChange).cacheControl(CACHE_CONTROL).body(answer);
	}

	/**
	 * Whether the caller's copy still holds: {@code If-None-Match} decides when sent
	 * (weak comparison, RFC 9110 §13.1.2), else {@code If-Modified-Since} at the second.
	 */
	static boolean notModified(HttpServletRequest request, String etag, Instant lastChange) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			String opaque = opaque(etag);
			return Arrays.stream(ifNoneMatch.split(","))
				.map(String::strip)
				.anyMatch((tag) -> tag.equals("*") || opaque(tag).equals(opaque));
		}
		long since;
		try {
			since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return since >= 0 && lastChange.getEpochSecond() * 1000 <= since;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
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
