package cn.jianwu.channel.wechat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The WeChat API at its HTTP boundary, following the published request and response
 * shapes. Defaults answer every call with success (a publish job stays "publishing" until
 * a test says otherwise); tests add their own stubs with a higher priority.
 */
final class WechatApiStub {

	static final String TOKEN = "IT-ACCESS-TOKEN";

	static final String COVER_MEDIA_ID = "IT-COVER-MEDIA";

	static final int DEFAULT_PRIORITY = 10;

	static final WireMockServer SERVER = started();

	private WechatApiStub() {
	}

	static String baseUrl() {
		return SERVER.baseUrl();
	}

	static int count(RequestPatternBuilder requests) {
		return SERVER.findAll(requests).size();
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		server.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}")));
		server.stubFor(get(urlPathEqualTo("/cgi-bin/token")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}")));
		server.stubFor(post(urlPathEqualTo("/cgi-bin/material/add_material")).atPriority(DEFAULT_PRIORITY)
			.willReturn(
					okJson("{\"media_id\":\"" + COVER_MEDIA_ID + "\",\"url\":\"http://mmbiz.qpic.cn/it-cover.png\"}")));
		server.stubFor(post(urlPathEqualTo("/cgi-bin/draft/add")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"media_id\":\"DRAFT-{{randomValue length=16 type='ALPHANUMERIC'}}\"}")
				.withTransformers("response-template")));
		server.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/submit")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson(
					"{\"errcode\":0,\"errmsg\":\"ok\",\"publish_id\":\"PUB-{{jsonPath request.body '$.media_id'}}\"}")
				.withTransformers("response-template")));
		server.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/get")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"publish_id\":\"{{jsonPath request.body '$.publish_id'}}\",\"publish_status\":1}")
				.withTransformers("response-template")));
		server.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/delete")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
		server.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/getarticle")).atPriority(DEFAULT_PRIORITY)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"errcode\":53600,\"errmsg\":\"Article ID 无效\"}")));
		server.stubFor(post(urlPathEqualTo("/cgi-bin/message/template/send")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}")));
		server.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send")).atPriority(DEFAULT_PRIORITY)
			.willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
		return server;
	}

}
