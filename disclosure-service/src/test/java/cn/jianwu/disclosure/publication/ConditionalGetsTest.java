package cn.jianwu.disclosure.publication;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A cached public answer is valid for its own address until the record changes. */
class ConditionalGetsTest {

	private static final Instant LAST_CHANGE = Instant.parse("2026-12-07T08:00:00.123456Z");

	@Test
	void theTagIsWeakAndStableWhileNothingChanges() {
		String tag = ConditionalGets.etag(LAST_CHANGE, request("/api/public/items", "category=CASE_INFO"));
		assertThat(tag).startsWith("W/\"").endsWith("\"");
		assertThat(ConditionalGets.etag(LAST_CHANGE, request("/api/public/items", "category=CASE_INFO")))
			.isEqualTo(tag);
	}

	@Test
	void anotherAddressQueryOrChangeMakesAnotherTag() {
		String tag = ConditionalGets.etag(LAST_CHANGE, request("/api/public/items", "category=CASE_INFO"));
		assertThat(ConditionalGets.etag(LAST_CHANGE, request("/api/public/items", "category=PERSONNEL")))
			.isNotEqualTo(tag);
		assertThat(ConditionalGets.etag(LAST_CHANGE, request("/api/public/changes", "category=CASE_INFO")))
			.isNotEqualTo(tag);
		assertThat(
				ConditionalGets.etag(LAST_CHANGE.plusNanos(1000), request("/api/public/items", "category=CASE_INFO")))
			.as("two publications within the same second still differ")
			.isNotEqualTo(tag);
	}

	@Test
	void theCallersCopyHoldsWhileItsTagOrDateIsCurrent() {
		MockHttpServletRequest request = request("/api/public/items", null);
		String tag = ConditionalGets.etag(LAST_CHANGE, request);
		assertThat(ConditionalGets.notModified(request, tag, LAST_CHANGE)).as("no validator sent").isFalse();

		request.addHeader("If-None-Match", "\"other\", " + tag.substring(2));
		assertThat(ConditionalGets.notModified(request, tag, LAST_CHANGE)).as("weak comparison").isTrue();

		MockHttpServletRequest stale = request("/api/public/items", null);
		stale.addHeader("If-None-Match", "W/\"other\"");
		stale.addHeader("If-Modified-Since", LAST_CHANGE.plusSeconds(3600).toEpochMilli());
		assertThat(ConditionalGets.notModified(stale, tag, LAST_CHANGE)).as("the tag decides when sent").isFalse();

		MockHttpServletRequest dated = request("/api/public/items", null);
		dated.addHeader("If-Modified-Since", LAST_CHANGE.toEpochMilli() / 1000 * 1000);
		assertThat(ConditionalGets.notModified(dated, tag, LAST_CHANGE)).as("HTTP dates count whole seconds").isTrue();
		MockHttpServletRequest older = request("/api/public/items", null);
		older.addHeader("If-Modified-Since", LAST_CHANGE.minusSeconds(1).toEpochMilli());
		assertThat(ConditionalGets.notModified(older, tag, LAST_CHANGE)).isFalse();
	}

	private static MockHttpServletRequest request(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		return request;
	}

}
