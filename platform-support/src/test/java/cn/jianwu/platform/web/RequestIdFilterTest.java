package cn.jianwu.platform.web;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

	private final RequestIdFilter filter = new RequestIdFilter();

	@Test
	void keepsTheGatewaysIdForLogsAndEchoesIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/x");
		request.addHeader("X-Request-Id", "3b6f0c7e-1d2a-4e5f-9a8b-7c6d5e4f3a2b");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> seenInLogs = new AtomicReference<>();
		this.filter.doFilter(request, response, (req, res) -> seenInLogs.set(MDC.get("requestId")));
		assertThat(seenInLogs.get()).isEqualTo("3b6f0c7e-1d2a-4e5f-9a8b-7c6d5e4f3a2b");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("3b6f0c7e-1d2a-4e5f-9a8b-7c6d5e4f3a2b");
		assertThat(MDC.get("requestId")).isNull();
	}

	@Test
	void replacesAnIdThatCouldInjectIntoLogs() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/x");
		request.addHeader("X-Request-Id", "abc\nFAKE LOG LINE 110101199003077777");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> seenInLogs = new AtomicReference<>();
		this.filter.doFilter(request, response, (req, res) -> seenInLogs.set(MDC.get("requestId")));
		assertThat(seenInLogs.get()).matches("[0-9a-f-]{36}");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo(seenInLogs.get());
	}

}
