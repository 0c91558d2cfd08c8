package cn.jianwu.channel.bulletin.screens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.jianwu.channel.bulletin.HallAgendaStub;
import cn.jianwu.channel.bulletin.RunningBulletinService;
import cn.jianwu.events.Category;
import cn.jianwu.events.HallAgendaChanged;
import cn.jianwu.hall.api.agenda.Agenda;
import cn.jianwu.hall.api.agenda.AgendaLine;
import cn.jianwu.testsupport.ServiceProbe;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hall screens' agenda: hall-service (WireMock at its HTTP boundary) announces on the
 * real {@code hall.events} that today's agenda changed, and the connected screen's event
 * stream carries the new agenda panel, as does the snapshot of a screen that connects
 * later, and the page. When hall-service is down the screens keep the last agenda.
 */
class ScreenAgendaIT extends RunningBulletinService {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	static final JsonMapper JSON = JsonMapper.builder().build();

	private StubMapping stub;

	@AfterEach
	void removeStub() {
		if (this.stub != null) {
			HallAgendaStub.SERVER.removeStub(this.stub);
		}
	}

	@Test
	void aChangedAgendaOfTodayReachesTheConnectedScreensAndLaterSnapshots() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Agenda agenda = new Agenda(today,
				List.of(new AgendaLine(today.atTime(9, 30), today.atTime(10, 0), "律师阅卷", "律师接待", "二楼案件管理部")),
				new AgendaLine(LocalDateTime.of(today.plusDays(4), LocalTime.of(9, 0)),
						LocalDateTime.of(today.plusDays(4), LocalTime.of(11, 30)), "检察开放日", "检察开放日", "本院"));
		String screen = new AdminApi(baseUrl()).registerScreen("agenda", 10, Category.GOVERNMENT_AFFAIRS);
		try (SseStream stream = SseStream.open(eventsUrl(screen), null)) {
			stream.await("snapshot", PATIENCE);
			this.stub = HallAgendaStub.SERVER.stubFor(get(urlPathEqualTo("/api/public/agenda")).atPriority(1)
				.withQueryParam("date", equalTo(today.toString()))
				.willReturn(okJson(JSON.writeValueAsString(agenda))));

			this.events.send(new HallAgendaChanged(today, Instant.now()));

			SseStream.Event pushed = stream
				.await((event) -> event.name().equals("agenda") && event.data().contains("律师阅卷"), PATIENCE);
			assertThat(pushed.json().<String>read("$.date")).isEqualTo(today.toString());
			assertThat(pushed.json().<List<Map<String, String>>>read("$.lines")).singleElement()
				.isEqualTo(Map.of("time", "09:30–10:00", "title", "律师阅卷", "kindLabel", "律师接待", "place", "二楼案件管理部"));
			assertThat(pushed.json().<String>read("$.nextOpenDay.time")).endsWith("09:00–11:30");
			assertThat(pushed.json().<String>read("$.nextOpenDay.title")).isEqualTo("检察开放日");
		}

		// hall-service goes down: the agenda stays what it was
		HallAgendaStub.SERVER.removeStub(this.stub);
		this.stub = HallAgendaStub.SERVER
			.stubFor(get(urlPathEqualTo("/api/public/agenda")).atPriority(1).willReturn(aResponse().withStatus(503)));
		int asked = asked();
		this.events.send(new HallAgendaChanged(today, Instant.now()));
		await().atMost(PATIENCE).until(() -> asked() > asked);
		try (SseStream later = SseStream.open(eventsUrl(screen), null)) {
			SseStream.Event snapshot = later.await("snapshot", PATIENCE);
			assertThat(snapshot.json().<String>read("$.agenda.lines[0].title")).isEqualTo("律师阅卷");
			assertThat(snapshot.json().<String>read("$.agenda.nextOpenDay.place")).isEqualTo("本院");
		}

		// the page itself carries the agenda, for a screen without JavaScript
		Document page = Jsoup.parse(new ServiceProbe(this.port).get("/screens/" + screen).body());
		assertThat(page.select("#agenda-lines .agenda-title").eachText()).containsExactly("律师阅卷");
		assertThat(page.select("#agenda-lines .agenda-time").eachText()).containsExactly("09:30–10:00");
		assertThat(page.select("#agenda-empty").hasAttr("hidden")).isTrue();
		assertThat(page.select("#open-day").hasAttr("hidden")).isFalse();
		assertThat(page.select("#open-day-title").text()).isEqualTo("检察开放日");
	}

	private static int asked() {
		return HallAgendaStub.SERVER.findAll(getRequestedFor(urlPathEqualTo("/api/public/agenda"))).size();
	}

	private String eventsUrl(String screen) {
		return baseUrl() + "/screens/" + screen + "/events";
	}

}
