package cn.jianwu.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTest {

	@Test
	void everyServiceAndServerHasANameAndPortsOfItsOwn() {
		List<String> names = new ArrayList<>();
		List<Integer> ports = new ArrayList<>();
		for (PlatformService service : Catalogue.SERVICES) {
			names.add(service.name());
			ports.add(service.port());
		}
		for (SimulatedApi api : Catalogue.simulatedApis()) {
			names.add(api.name());
			ports.add(api.port());
		}
		for (InfrastructureServer server : InfrastructureServer.values()) {
			names.add(server.serverName());
			ports.addAll(server.ports());
		}
		assertThat(names).doesNotHaveDuplicates();
		assertThat(ports).doesNotHaveDuplicates();
	}

	@Test
	void eachConsumerHasADeadLetterTopicPerTopicItConsumes() {
		assertThat(Catalogue.service("channel-wechat").orElseThrow().deadLetterTopics()).containsExactly(
				"disclosure.events.channel-wechat.dlt", "case.progress.channel-wechat.dlt",
				"hall.events.channel-wechat.dlt");
		// report-service reads all seven topics, each with a dead-letter topic of its own
		assertThat(Catalogue.deadLetterTopics()).hasSize(8 + 7)
			.contains("channel.deliveries.disclosure-service.dlt", "disclosure.events.search-service.dlt",
					"case.queries.report-service.dlt", "wechat.activity.report-service.dlt");
		assertThat(Catalogue.topics()).containsExactlyInAnyOrder("disclosure.events", "channel.deliveries",
				"case.progress", "hall.events", "disclosure.workflow", "case.queries", "wechat.activity");
	}

	@Test
	void eachTopicNamesWhoWritesAndWhoReadsIt() {
		assertThat(Catalogue.publishers("case.progress")).containsExactly("case-query-service");
		assertThat(Catalogue.publishers("hall.events")).containsExactly("hall-service");
		assertThat(Catalogue.consumers("hall.events")).containsExactly("channel-wechat", "channel-bulletin",
				"report-service");
		assertThat(Catalogue.consumers("disclosure.events")).containsExactly("search-service", "channel-weibo",
				"channel-wechat", "channel-bulletin", "report-service");
		assertThat(Catalogue.publishers("disclosure.workflow")).containsExactly("disclosure-service");
		assertThat(Catalogue.consumers("case.queries")).containsExactly("report-service");
		assertThat(Catalogue.publishers("wechat.activity")).containsExactly("channel-wechat");
	}

	@Test
	void everyConsumedTopicHasAPublisher() {
		for (PlatformService service : Catalogue.SERVICES) {
			for (String topic : service.consumes()) {
				assertThat(Catalogue.SERVICES).as(topic + ", consumed by " + service.name())
					.anyMatch((publisher) -> publisher.publishes().contains(topic));
			}
		}
	}

	@Test
	void onlyTheGatewayIsThePublicEntry() {
		assertThat(Catalogue.SERVICES.stream().filter((service) -> service.exposure() == Exposure.PUBLIC_ENTRY))
			.extracting(PlatformService::name)
			.containsExactly("gateway");
	}

}
