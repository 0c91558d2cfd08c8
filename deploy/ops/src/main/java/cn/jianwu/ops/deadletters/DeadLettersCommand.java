package cn.jianwu.ops.deadletters;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.KafkaException;

/**
 * {@code dead-letters}: lists the dead-letter topics ({@link DeadLetterTopics}), or
 * replays one ({@link DeadLetterReplay}).
 */
public final class DeadLettersCommand {

	private final String bootstrapServers;

	private final List<String> arguments;

	public DeadLettersCommand(String bootstrapServers, List<String> arguments) {
		this.bootstrapServers = bootstrapServers;
		this.arguments = arguments;
		// the Kafka clients' own warnings (a broker that does not answer yet) would bury
		// the one line that says what went wrong
		System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka",
				System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error"));
	}

	public int run() {
		try {
			if (this.arguments.isEmpty()) {
				System.out.print(DeadLetterTopics.render(this.bootstrapServers,
						new DeadLetterTopics(this.bootstrapServers).list()));
				return 0;
			}
			String topic = this.arguments.get(1);
			DeadLetterTopicName.parse(topic, null);
			System.out.print("replaying " + topic + " (consumer group " + DeadLetterKafka.REPLAY_GROUP + ") ...\n");
			DeadLetterReplay.Outcome outcome = new DeadLetterReplay(this.bootstrapServers).replay(topic);
			if (outcome.total() == 0) {
				System.out.print("nothing to replay: every record of " + topic + " was replayed before\n");
			}
			outcome.replayed()
				.forEach((target, count) -> System.out
					.print("replayed " + count + " record" + ((count == 1) ? "" : "s") + " to " + target + "\n"));
			return 0;
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return fail(ex.getMessage());
		}
		catch (TimeoutException ex) {
			return fail("Kafka does not answer at " + this.bootstrapServers
					+ "; is it running? (locally: deploy/local/run.sh status)");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
				return fail("Kafka does not answer at " + this.bootstrapServers
						+ "; is it running? (locally: deploy/local/run.sh status)");
			}
			return fail("Kafka at " + this.bootstrapServers + " refused: " + ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return fail("interrupted");
		}
		catch (org.apache.kafka.common.errors.TimeoutException ex) {
			return fail("Kafka does not answer at " + this.bootstrapServers
					+ "; is it running? (locally: deploy/local/run.sh status)");
		}
		catch (KafkaException ex) {
			return fail("Kafka at " + this.bootstrapServers + ": " + ex);
		}
	}

	private static int fail(String message) {
		System.err.println("dead-letters: " + message);
		return 1;
	}

}
