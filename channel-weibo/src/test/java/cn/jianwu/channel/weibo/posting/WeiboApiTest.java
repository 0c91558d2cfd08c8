package cn.jianwu.channel.weibo.posting;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import cn.jianwu.channel.support.TransientChannelException;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The HTTP side of the API client against a stub server: answers it must read. */
class WeiboApiTest {

	private static final String TOKEN = "2.00SecretTokenValue";

	private static WireMockServer weibo;

	@BeforeAll
	static void start() {
		weibo = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		weibo.start();
	}

	@AfterAll
	static void stop() {
		weibo.stop();
	}

	@Test
	void readsThePostIdAndSendsTheFormWeiboExpects() {
		weibo.stubFor(post(urlPathEqualTo(WeiboApi.SHARE)).withFormParam("status", containing("ok-case"))
			.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.willReturn(okJson("{\"id\":4990000000000001,\"idstr\":\"4990000000000001\",\"text\":\"ok\"}")));
		assertThat(api(Duration.ofSeconds(5)).share("【标题】ok-case & 100% http://localhost/items/1"))
			.isEqualTo("4990000000000001");
		assertThat(weibo
			.findAll(postRequestedFor(urlPathEqualTo(WeiboApi.SHARE)).withFormParam("status", containing("ok-case")))
			.get(0)
			.formParameter("status")
			.firstValue()).isEqualTo("【标题】ok-case & 100% http://localhost/items/1");
	}

	@Test
	void readsAnErrorCodeSentAsAStringAndNeverQuotesWeibosErrorText() {
		weibo.stubFor(post(urlPathEqualTo(WeiboApi.SHARE)).withFormParam("status", containing("string-code"))
			.willReturn(aResponse().withStatus(400)
				.withBody("{\"request\":\"/2/statuses/share.json\",\"error_code\":\"10017\",\"error\":\"parameter "
						+ "(access_token)'s value invalid, but get (" + TOKEN + ")\"}")));
		WeiboApiException error = catchThrowableOfType(WeiboApiException.class,
				() -> api(Duration.ofSeconds(5)).share("string-code"));
		assertThat(error.errorCode()).isEqualTo(10017);
		assertThat(error.httpStatus()).isEqualTo(400);
		assertThat(error.getMessage()).doesNotContain(TOKEN);
		assertThat(WeiboErrors.classify(error).getMessage()).doesNotContain(TOKEN);
	}

	@Test
	void anErrorInASuccessfulAnswerIsStillAnError() {
		weibo.stubFor(post(urlPathEqualTo(WeiboApi.SHARE)).withFormParam("status", containing("error-200"))
			.willReturn(okJson("{\"error\":\"repeat conetnt!\",\"error_code\":20019}")));
		assertThat(catchThrowableOfType(WeiboApiException.class, () -> api(Duration.ofSeconds(5)).share("error-200"))
			.is(WeiboErrors.REPEATED_CONTENT)).isTrue();
	}

	@Test
	void aProxyErrorPageIsAnErrorWithoutCode() {
		weibo.stubFor(post(urlPathEqualTo(WeiboApi.SHARE)).withFormParam("status", containing("html-502"))
			.willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));
		WeiboApiException error = catchThrowableOfType(WeiboApiException.class,
				() -> api(Duration.ofSeconds(5)).share("html-502"));
		assertThat(error.errorCode()).isNull();
		assertThat(WeiboErrors.classify(error)).isInstanceOf(TransientChannelException.class);
	}

	@Test
	void aSlowAnswerOrNoServerIsTransient() throws Exception {
		weibo.stubFor(post(urlPathEqualTo(WeiboApi.SHARE)).withFormParam("status", containing("slow"))
			.willReturn(okJson("{\"idstr\":\"1\"}").withFixedDelay(2000)));
		assertThatThrownBy(() -> api(Duration.ofMillis(300)).share("slow"))
			.isInstanceOf(TransientChannelException.class);

		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		WeiboApi nowhere = new WeiboApi(
				properties(URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(1)));
		assertThatThrownBy(() -> nowhere.share("x")).isInstanceOf(TransientChannelException.class)
			.hasMessageNotContaining(TOKEN);
	}

	private static WeiboApi api(Duration readTimeout) {
		return new WeiboApi(properties(URI.create(weibo.baseUrl() + "/"), readTimeout));
	}

	private static WeiboProperties properties(URI base, Duration readTimeout) {
		return new WeiboProperties(base, TOKEN, "localhost", "203.0.113.7", false, Duration.ofSeconds(1), readTimeout);
	}

}
