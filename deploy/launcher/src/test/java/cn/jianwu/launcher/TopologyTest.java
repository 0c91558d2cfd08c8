package cn.jianwu.launcher;

import java.util.List;

import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.catalogue.PlatformService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyTest {

	@Test
	void moreCaseQueryReplicasRunTheSameModuleOnPortsOfTheirOwn() {
		List<Topology.Service> services = Topology.services(2);

		assertThat(services).extracting(Topology.Service::name)
			.containsExactly("gateway", "disclosure-service", "case-query-service", "case-query-service-2",
					"search-service", "channel-weibo", "channel-wechat", "channel-bulletin", "portal", "hall-service",
					"report-service");
		assertThat(services.get(3)).isEqualTo(new Topology.Service("case-query-service-2", "case-query-service", 8182));
		assertThat(Topology.caseQueryUrls(services)).isEqualTo("http://127.0.0.1:8082,http://127.0.0.1:8182");
		assertThat(Topology.services(1)).isEqualTo(Topology.SERVICES);
	}

	@Test
	void theServicesSimulatorsAndServersAreTheCatalogues() {
		assertThat(Topology.SERVICES).extracting(Topology.Service::name)
			.containsExactlyElementsOf(Catalogue.SERVICES.stream().map(PlatformService::name).toList());
		assertThat(Topology.SIMULATORS).extracting(Topology.Simulator::name)
			.containsExactly("weibo-simulator", "wechat-simulator");
		assertThat(Topology.INFRASTRUCTURE).containsExactly(Topology.KAFKA, Topology.ELASTICSEARCH, Topology.POSTGRES,
				Topology.REDIS);
		assertThat(SimulatedApis.environment(Topology.SIMULATORS))
			.containsEntry("WEIBO_API_BASE_URL", "http://127.0.0.1:8091")
			.containsEntry("WECHAT_API_BASE_URL", "http://127.0.0.1:8092")
			.containsKey("WECHAT_APP_ID");
	}

	@Test
	void theRestartablePartsAreWhatTheRunStarts() {
		assertThat(Topology.parts(true, 2))
			.startsWith("gateway", "disclosure-service", "case-query-service", "case-query-service-2")
			.contains("channel-weibo", "weibo-simulator", "wechat-simulator")
			.endsWith("kafka", "elasticsearch", "postgres", "redis");
		assertThat(Topology.parts(false, 1)).containsExactly("kafka", "elasticsearch", "postgres", "redis");
	}

	@Test
	void replicasStopWithTheServicesBeforeTheInfrastructure() {
		assertThat(StopOrder.of(List.of("kafka", "case-query-service-2", "gateway", "case-query-service")))
			.containsExactly("gateway", "case-query-service", "case-query-service-2", "kafka");
	}

}
