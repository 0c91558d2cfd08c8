package cn.jianwu.channel.wechat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.wechat.api.WechatApiClients;
import cn.jianwu.channel.wechat.api.WechatApiService;
import cn.jianwu.channel.wechat.api.WechatErrors;
import cn.jianwu.events.DeliveryStatus;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.data.redis.core.StringRedisTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WechatAccessTokenIT extends WechatIntegrationTest {

	static final String INVALID_TOKEN = "{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid or not latest\"}";

	@Autowired
	StringRedisTemplate redis;

	@Test
	void twoInstancesFetchOneTokenAndShareItThroughRedis() throws Exception {
		String appId = "wx-share-" + UUID.randomUUID().toString().substring(0, 8);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try (WechatApiService first = WechatApiClients.create(properties(appId), this.redis);
				WechatApiService second = WechatApiClients.create(properties(appId), this.redis)) {
			List<Callable<String>> calls = IntStream.range(0, 8)
				.mapToObj((i) -> (Callable<String>) () -> ((i % 2 == 0) ? first : second).getAccessToken())
				.toList();
			Set<String> tokens = threads.invokeAll(calls)
				.stream()
				.map(WechatAccessTokenIT::result)
				.collect(Collectors.toSet());

			assertThat(tokens).containsExactly(WechatApiStub.TOKEN);
			assertThat(WechatApiStub.count(tokenFetches(appId))).isEqualTo(1);
			// kept for expires_in less the refresh margin, so it is renewed while still
			// valid
			assertThat(this.redis.getExpire(REDIS_PREFIX + ":access_token:" + appId)).isBetween(6800L, 6900L);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void anInvalidTokenIsRefreshedOnceAndTheCallMadeAgain() throws Exception {
		String appId = "wx-refresh-" + UUID.randomUUID().toString().substring(0, 8);
		String scenario = "token-" + appId;
		WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.appid", equalTo(appId)))
			.inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"access_token\":\"OLD-" + appId + "\",\"expires_in\":7200}"))
			.willSetStateTo("refreshed"));
		WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.appid", equalTo(appId)))
			.inScenario(scenario)
			.whenScenarioStateIs("refreshed")
			.willReturn(okJson("{\"access_token\":\"NEW-" + appId + "\",\"expires_in\":7200}")));
		WechatApiStub.SERVER.stubFor(any(anyUrl()).atPriority(1)
			.withQueryParam("access_token", equalTo("OLD-" + appId))
			.willReturn(okJson(INVALID_TOKEN)));

		try (WechatApiService api = WechatApiClients.create(properties(appId), this.redis)) {
			WxMpFreePublishStatus status = api.getFreePublishService().getPushStatus("PUB-any");

			assertThat(status.getPublish_status()).isEqualTo(1);
			assertThat(WechatApiStub.count(tokenFetches(appId))).isEqualTo(2);
			assertThat(WechatApiStub.count(withToken("OLD-" + appId))).isEqualTo(1);
			assertThat(WechatApiStub.count(withToken("NEW-" + appId))).isEqualTo(1);
			assertThat(api.getAccessToken()).isEqualTo("NEW-" + appId);
		}
	}

	@Test
	void aTokenThatIsRejectedAgainAfterItsRefreshFailsForGood() throws Exception {
		String appId = "wx-bad-" + UUID.randomUUID().toString().substring(0, 8);
		WechatApiStub.SERVER.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.appid", equalTo(appId)))
			.willReturn(okJson("{\"access_token\":\"BAD-" + appId + "\",\"expires_in\":7200}")));
		WechatApiStub.SERVER.stubFor(any(anyUrl()).atPriority(1)
			.withQueryParam("access_token", equalTo("BAD-" + appId))
			.willReturn(okJson(INVALID_TOKEN)));

		try (WechatApiService api = WechatApiClients.create(properties(appId), this.redis)) {
			assertThatThrownBy(() -> api.getFreePublishService().getPushStatus("PUB-any")).isInstanceOfSatisfying(
					WxErrorException.class,
					(ex) -> assertThat(WechatErrors.map("查询发布结果", ex)).isInstanceOf(PermanentChannelException.class)
						.hasMessageContaining("40001"));
			assertThat(WechatApiStub.count(tokenFetches(appId))).isEqualTo(2);
			assertThat(WechatApiStub.count(withToken("BAD-" + appId))).isEqualTo(2);
		}
	}

	@Test
	void aPublicationWhoseSharedTokenWasInvalidatedRefreshesItOnce() {
		int fetchesBefore = WechatApiStub.count(tokenFetches(APP_ID));
		this.redis.opsForValue().set(TOKEN_KEY, "STALE-TOKEN");
		StubMapping stale = WechatApiStub.SERVER.stubFor(any(anyUrl()).atPriority(1)
			.withQueryParam("access_token", equalTo("STALE-TOKEN"))
			.willReturn(okJson(INVALID_TOKEN)));
		try {
			String itemId = newItemId();
			String publishId = stubDraft(itemId, 1);
			send(item(itemId, 1));

			assertThat(awaitAwaiting(itemId, 1)).isEqualTo(publishId);
			assertThat(WechatApiStub.count(tokenFetches(APP_ID)) - fetchesBefore).isEqualTo(1);
			assertThat(this.redis.opsForValue().get(TOKEN_KEY)).isEqualTo(WechatApiStub.TOKEN);
			assertThat(WechatApiStub.count(postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add"))
				.withRequestBody(containing(marker(itemId, 1)))
				.withQueryParam("access_token", equalTo(WechatApiStub.TOKEN)))).isEqualTo(1);
			assertThat(WechatApiStub.count(postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/submit"))
				.withRequestBody(matchingJsonPath("$.media_id", equalTo(draftOf(itemId, 1)))))).isEqualTo(1);
			callback("POST", null, publishJobFinished(publishId, 0, "ART-" + itemId));
			awaitReport(itemId, 1, DeliveryStatus.DELIVERED);
		}
		finally {
			WechatApiStub.SERVER.removeStub(stale);
		}
	}

	private static WechatProperties properties(String appId) {
		return new Binder(new MapConfigurationPropertySource(Map.of("jianwu.wechat.app-id", appId,
				"jianwu.wechat.app-secret", "secret-of-" + appId, "jianwu.wechat.api-base-url", WechatApiStub.baseUrl(),
				"jianwu.wechat.redis-key-prefix", REDIS_PREFIX)))
			.bind("jianwu.wechat", WechatProperties.class)
			.get();
	}

	private static RequestPatternBuilder tokenFetches(String appId) {
		return postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token"))
			.withRequestBody(matchingJsonPath("$.appid", equalTo(appId)));
	}

	private static RequestPatternBuilder withToken(String token) {
		return anyRequestedFor(anyUrl()).withQueryParam("access_token", equalTo(token));
	}

	private static String result(Future<String> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
