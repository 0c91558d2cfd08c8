package cn.jianwu.channel.bulletin.agenda;

import java.net.http.HttpClient;
import java.time.LocalDate;

import cn.jianwu.hall.api.agenda.Agenda;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** hall-service's public agenda of a day ({@code GET /api/public/agenda?date=}). */
@Component
class HallAgendaClient {

	private final RestClient http;

	HallAgendaClient(AgendaProperties properties) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(properties.timeout());
		this.http = RestClient.builder().baseUrl(properties.hallUrl()).requestFactory(factory).build();
	}

	/**
	 * @throws org.springframework.web.client.RestClientException when hall-service does
	 * not answer, or not with an agenda
	 */
	Agenda agenda(LocalDate date) {
		Agenda agenda = this.http.get()
			.uri("/api/public/agenda?date={date}", date)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(Agenda.class);
		if (agenda == null) {
			throw new IllegalStateException("hall-service answered no agenda");
		}
		return agenda;
	}

}
