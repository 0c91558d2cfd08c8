package cn.jianwu.channel.bulletin.screens;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.testsupport.JsonRequests;
import cn.jianwu.testsupport.TestStaffTokens;
import cn.jianwu.events.Category;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

/** Calls the screen registry as ADMIN's tools do, with a bearer token. */
public final class AdminApi {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String base;

	public AdminApi(String base) {
		this.base = base;
	}

	Response send(String method, String path, String token, String json) {
		HttpRequest.Builder request = JsonRequests.of(this.base + path, method, token, json);
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Response asAdmin(String method, String path, String json) {
		return send(method, path, TestStaffTokens.admin(), json);
	}

	/** Registers a screen of its own for a test; answers its id. */
	public String registerScreen(String prefix, int secondsPerItem, Category... categories) {
		String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		Response created = asAdmin("POST", "/screens/admin/screens",
				screenJson(id, "测试屏", "测试位置", secondsPerItem, categories));
		if (created.status() != 201) {
			throw new IllegalStateException("Screen not registered: " + created.body());
		}
		return id;
	}

	static String screenJson(String id, String name, String location, int secondsPerItem, Category... categories) {
		String list = Arrays.stream(categories).map((c) -> "\"" + c.name() + "\"").collect(Collectors.joining(","));
		return "{" + ((id != null) ? "\"id\":\"" + id + "\"," : "") + "\"name\":\"" + name + "\","
				+ ((location != null) ? "\"location\":\"" + location + "\"," : "") + "\"categories\":[" + list
				+ "],\"secondsPerItem\":" + secondsPerItem + "}";
	}

	record Response(int status, String body, String contentType) {

		DocumentContext json() {
			return JsonPath.parse(this.body);
		}

	}

}
