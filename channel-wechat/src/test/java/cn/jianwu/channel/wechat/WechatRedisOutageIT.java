package cn.jianwu.channel.wechat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import cn.jianwu.channel.wechat.api.WechatApiService;
import cn.jianwu.testsupport.ServiceProbe;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis unreachable while the service runs (its connection factory pointed at a closed
 * port, then back): the pod stays ready, the callback answers, the access token comes
 * from memory, and the full health shows redis DOWN.
 */
class WechatRedisOutageIT extends WechatIntegrationTest {

	@Autowired
	JedisConnectionFactory redisConnections;

	@Autowired
	WechatApiService api;

	@Test
	void staysReadyAndAnswersTheCallbackWhileRedisIsUnreachable() throws Exception {
		String token = this.api.getAccessToken();
		int fetchesBefore = WechatApiStub.count(postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));
		ServiceProbe probe = new ServiceProbe(this.port);
		int redisPort = this.redisConnections.getStandaloneConfiguration().getPort();
		pointRedisAt(closedPort());
		try {
			HttpResponse<String> health = probe.get("/actuator/health");
			assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
			assertThat(JsonPath.<String>read(health.body(), "$.components.redis.status")).isEqualTo("DOWN");

			HttpResponse<String> readiness = probe.get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
			assertThat(JsonPath.<String>read(readiness.body(), "$.status")).isEqualTo("UP");

			HttpResponse<String> reply = callback("POST", null, helpRequest());
			assertThat(reply.statusCode()).isEqualTo(200);
			assertThat(reply.body()).startsWith("<xml>").contains("检务公开");

			assertThat(this.api.getAccessToken()).isEqualTo(token);
			assertThat(WechatApiStub.count(postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token"))))
				.isEqualTo(fetchesBefore);
		}
		finally {
			pointRedisAt(redisPort);
		}
		assertThat(probe.status("redis")).isEqualTo("UP");
	}

	private void pointRedisAt(int port) {
		this.redisConnections.stop();
		this.redisConnections.getStandaloneConfiguration().setPort(port);
		this.redisConnections.start();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String helpRequest() {
		return "<xml><ToUserName><![CDATA[gh_it_account]]></ToUserName><FromUserName><![CDATA[o-follower-it]]>"
				+ "</FromUserName><CreateTime>" + Instant.now().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content><MsgId>"
				+ ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50) + "</MsgId></xml>";
	}

}
