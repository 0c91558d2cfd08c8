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

	private static MockHttpServletRequest request(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		return request;
	}

}
