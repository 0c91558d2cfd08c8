package cn.jianwu.platform.tracing;

import io.micrometer.context.ContextSnapshotFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * Keeps a request's trace across the hand-off to Boot's task executor. The outbox relay
 * is an asynchronous Spring Modulith listener: without this, the Kafka record it sends
 * would start a trace of its own instead of continuing the approval that caused it.
 * Boot's executor applies a single {@link TaskDecorator} bean.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration")
@ConditionalOnClass(ContextSnapshotFactory.class)
public class TracingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(TaskDecorator.class)
	ContextPropagatingTaskDecorator contextPropagatingTaskDecorator() {
		return new ContextPropagatingTaskDecorator();
	}

}
