package cn.jianwu.catalogue;

import java.util.ArrayList;
import java.util.List;

import cn.jianwu.events.Topics;

/**
 * One deployable service of the platform. Its name is at once its Maven module, its
 * {@code spring.application.name} (and so its Kafka consumer group), its compose service
 * and its Kubernetes Deployment and Service.
 *
 * @param name the service's name
 * @param port its HTTP port, locally and in its container
 * @param exposure who may reach it
 * @param schema its PostgreSQL schema, or null when it keeps no table
 * @param consumes the topics it consumes (each with a dead-letter topic of its own)
 * @param publishes the topics it publishes
 * @param channelAdapter whether it delivers approved items to a channel (a delivery
 * ledger of {@code channel-support})
 * @param simulatedApi the third-party API it calls, played locally, or null
 */
public record PlatformService(String name, int port, Exposure exposure, String schema, List<String> consumes,
		List<String> publishes, boolean channelAdapter, SimulatedApi simulatedApi) {

	public PlatformService {
		consumes = List.copyOf(consumes);
		publishes = List.copyOf(publishes);
	}

	static PlatformService of(String name, int port, Exposure exposure) {
		return new PlatformService(name, port, exposure, null, List.of(), List.of(), false, null);
	}

	PlatformService withSchema(String schema) {
		return new PlatformService(this.name, this.port, this.exposure, schema, this.consumes, this.publishes,
				this.channelAdapter, this.simulatedApi);
	}

	PlatformService consuming(String... topics) {
		return new PlatformService(this.name, this.port, this.exposure, this.schema, List.of(topics), this.publishes,
				this.channelAdapter, this.simulatedApi);
	}

	PlatformService publishing(String... topics) {
		return new PlatformService(this.name, this.port, this.exposure, this.schema, this.consumes, List.of(topics),
				this.channelAdapter, this.simulatedApi);
	}

	PlatformService asChannelAdapter(SimulatedApi simulatedApi) {
		return new PlatformService(this.name, this.port, this.exposure, this.schema, this.consumes, this.publishes,
				true, simulatedApi);
	}

	/**
	 * One dead-letter topic per consumed topic, named for this consumer group
	 * ({@link Topics#deadLetter(String, String)}).
	 */
	public List<String> deadLetterTopics() {
		List<String> topics = new ArrayList<>();
		for (String topic : this.consumes) {
			topics.add(Topics.deadLetter(topic, this.name));
		}
		return List.copyOf(topics);
	}

}
