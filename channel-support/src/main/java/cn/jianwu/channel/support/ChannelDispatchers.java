package cn.jianwu.channel.support;

import java.util.List;

import cn.jianwu.channel.support.dispatch.ChannelDispatcher;

import org.springframework.context.SmartLifecycle;

/**
 * The service's dispatchers, one per channel, started and stopped together.
 */
public class ChannelDispatchers implements SmartLifecycle {

	private final List<ChannelDispatcher> dispatchers;

	ChannelDispatchers(List<ChannelDispatcher> dispatchers) {
		this.dispatchers = List.copyOf(dispatchers);
	}

	public List<ChannelDispatcher> all() {
		return this.dispatchers;
	}

	@Override
	public void start() {
		this.dispatchers.forEach(ChannelDispatcher::start);
	}

	@Override
	public void stop() {
		this.dispatchers.forEach(ChannelDispatcher::stop);
	}

	@Override
	public boolean isRunning() {
		return this.dispatchers.stream().anyMatch(ChannelDispatcher::isRunning);
	}

	// After the Kafka listeners stop and before the datasource goes away.
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

}
