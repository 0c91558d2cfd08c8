package cn.jianwu.hall.disclosure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the hall makes of disclosure-service's answers (simulated at its HTTP boundary).
 */
class DisclosureItemsTest {

	private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private DisclosureItems items;

	@BeforeEach
	void start() {
		this.server.start();
		DisclosureProperties properties = new DisclosureProperties(URI.create("http://127.0.0.1:" + this.server.port()),
				new DisclosureProperties.Client(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMinutes(1)));
		this.items = new DisclosureConfiguration().disclosureItems(properties, new SimpleMeterRegistry(),
				Clock.systemUTC());
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void aCreatedDraftAnswersItsId() {
		UUID id = UUID.randomUUID();
		this.server.stubFor(post(urlPathEqualTo("/api/disclosures")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"" + id
					+ "\",\"revision\":1,\"status\":\"DRAFT\",\"important\":false,\"version\":0,\"allowedActions\":[\"SUBMIT\"]}")));

		assertThat(this.items.draft(request(), "token", "key-1")).isEqualTo(id);
	}

	@Test
	void aRefusalKeepsItsStatusAndDisclosureServicesExplanation() {
		this.server.stubFor(post(urlPathEqualTo("/api/disclosures")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(
					"{\"type\":\"https://jianwu.cn/problems/forbidden\",\"status\":403,\"detail\":\"您的岗位不能起草公开信息。\"}")));

		assertThatThrownBy(() -> this.items.draft(request(), "token", "key-2"))
			.isInstanceOfSatisfying(DisclosureRefusedException.class, (ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(403);
				assertThat(ex.getBody().getDetail()).isEqualTo("您的岗位不能起草公开信息。");
			});
	}

	@Test
	void aPublicItemIsReusedAndOneThatIsNotPublicIsEmpty() {
		UUID id = UUID.randomUUID();
		this.server.stubFor(get(urlPathEqualTo("/api/public/items/" + id)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"" + id + "\",\"revision\":2,\"title\":\"公告\",\"attachments\":[]}")));

		assertThat(this.items.isPublic(id)).isTrue();
		assertThat(this.items.isPublic(UUID.randomUUID())).isFalse();
		this.server.resetAll();
		assertThat(this.items.publicItem(id)).hasValueSatisfying((item) -> assertThat(item.revision()).isEqualTo(2));
	}

	@Test
	void aServiceThatFailsIsUnavailable() {
		this.server.stubFor(post(urlPathEqualTo("/api/disclosures")).willReturn(aResponse().withStatus(500)));

		assertThatThrownBy(() -> this.items.draft(request(), "token", "key-3"))
			.isInstanceOf(DisclosureUnavailableException.class);
	}

	private static ItemRequest request() {
		return new ItemRequest("标题", null, "<p>正文</p>", Category.OTHER, null, "办公室", false, Term.AD_HOC,
				Visibility.PUBLIC, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);
	}

}
