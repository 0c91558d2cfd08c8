package cn.jianwu.ops.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.infra.Table;
import cn.jianwu.ops.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;

/**
 * {@code topics}: the topics the platform needs (platform-catalogue), who writes and who
 * reads each; with {@code --create}, creates those the cluster does not hold yet, with
 * the given replication, and leaves existing ones as they are.
 */
public final class TopicsCommand {

	private static final long TIMEOUT_MILLIS = KafkaClients.TIMEOUT.toMillis();

	private final String bootstrapServers;

	private final int replicationFactor;

	private final int minInsyncReplicas;

	public TopicsCommand(String bootstrapServers, int replicationFactor, int minInsyncReplicas) {
		this.bootstrapServers = bootstrapServers;
		this.replicationFactor = replicationFactor;
		this.minInsyncReplicas = minInsyncReplicas;
	}

	public int list() {
		System.out.print(render(TopicPlan.of(this.minInsyncReplicas)));
		return 0;
	}

	public int create() {
		System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka",
				System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error"));
		try {
			List<String> created = create(TopicPlan.of(this.minInsyncReplicas));
			System.out
				.println((created.isEmpty() ? "every topic was there already" : "created " + String.join(", ", created))
						+ " (replication factor " + this.replicationFactor + ", min.insync.replicas "
						+ this.minInsyncReplicas + ")");
			return 0;
		}
		catch (TimeoutException | org.apache.kafka.common.errors.TimeoutException ex) {
			return fail("Kafka does not answer at " + this.bootstrapServers
					+ "; is it running? (locally: deploy/local/run.sh status)");
		}
		catch (ExecutionException ex) {
			return fail("Kafka at " + this.bootstrapServers + " refused: " + ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return fail("interrupted");
		}
		catch (KafkaException ex) {
			return fail("Kafka at " + this.bootstrapServers + ": " + ex);
		}
	}

	/**
	 * @return the names of the topics created now
	 */
	List<String> create(List<TopicPlan.Topic> plan) throws InterruptedException, ExecutionException, TimeoutException {
		try (Admin admin = Admin.create(KafkaClients.properties(this.bootstrapServers, "jianwu-topics"))) {
			Set<String> existing = admin.listTopics().names().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
			List<NewTopic> missing = new ArrayList<>();
			for (TopicPlan.Topic topic : plan) {
				if (!existing.contains(topic.name())) {
					missing.add(new NewTopic(topic.name(), topic.partitions(), (short) this.replicationFactor)
						.configs(topic.settings()));
				}
			}
			if (!missing.isEmpty()) {
				admin.createTopics(missing).all().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
			}
			return missing.stream().map(NewTopic::name).toList();
		}
	}

	static String render(List<TopicPlan.Topic> plan) {
		Table table = new Table("TOPIC", "PARTITIONS", "WRITTEN BY", "READ BY");
		plan.forEach((topic) -> table.row(topic.name(), Integer.toString(topic.partitions()), topic.writtenBy(),
				topic.readBy()));
		return table.render() + "\n  dead letters are kept " + Catalogue.DEAD_LETTER_RETENTION.toDays()
				+ " days; create the missing topics with: topics --create --replication-factor 3"
				+ " --min-insync-replicas 2\n";
	}

	private static int fail(String message) {
		System.err.println("topics: " + message);
		return 1;
	}

}
