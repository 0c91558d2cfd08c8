package cn.jianwu.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A follower of the official account writing to it: each text is pushed to the callback
 * through the gateway as WeChat pushes it, signed with the local run's callback token,
 * and the passive reply's text is what the follower reads.
 */
final class WechatFollower {

	/** The callback token deploy/local gives channel-wechat and its simulator. */
	private static final String LOCAL_CALLBACK_TOKEN = "local-callback-token";

	private static final Pattern REPLY_TEXT = Pattern.compile("<Content><!\\[CDATA\\[(.*?)]]></Content>",
			Pattern.DOTALL);

	private final String gateway;

	private final String openId;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	WechatFollower(String gateway, String openId) {
		this.gateway = gateway;
		this.openId = openId;
	}

	String openId() {
		return this.openId;
	}

	/** Sends a text message; answers the passive reply's text. */
	String send(String content) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L));
		String message = "<xml><ToUserName><![CDATA[gh_local]]></ToUserName><FromUserName><![CDATA[" + this.openId
				+ "]]></FromUserName><CreateTime>" + timestamp
				+ "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
				+ "]]></Content><MsgId>" + ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50) + "</MsgId></xml>";
		try {
			HttpResponse<String> reply = this.http.send(HttpRequest
				.newBuilder(URI.create(this.gateway + "/wechat/callback?signature=" + signature(timestamp, nonce)
						+ "&timestamp=" + timestamp + "&nonce=" + nonce))
				.timeout(Duration.ofSeconds(5))
				.header("Content-Type", "text/xml")
				.POST(HttpRequest.BodyPublishers.ofString(message, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(reply.statusCode()).isEqualTo(200);
			Matcher text = REPLY_TEXT.matcher(reply.body());
			assertThat(text.find()).as("a text reply in " + reply.body()).isTrue();
			return text.group(1);
		}
		catch (IOException ex) {
			throw new AssertionError("WeChat callback failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String signature(String timestamp, String nonce) {
		String[] parts = { LOCAL_CALLBACK_TOKEN, timestamp, nonce };
		Arrays.sort(parts);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1")
					.digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
