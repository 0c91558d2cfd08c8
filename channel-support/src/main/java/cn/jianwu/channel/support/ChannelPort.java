package cn.jianwu.channel.support;

import java.util.Optional;

import cn.jianwu.events.Channel;

/**
 * What one channel does with an item revision: the only part an adapter writes itself.
 * The ledger, queue, Resilience4j, reports and dead letters around it come from
 * channel-support.
 * <p>
 * Calls run outside any database transaction and may be repeated after a crash between
 * the call and the ledger update, so an implementation should recognise its own earlier
 * post where the channel lets it (Weibo's "repeated content", for example).
 * <p>
 * Throw {@link TransientChannelException} for what may work when tried again (5xx,
 * timeouts, rate limited by the server) and {@link PermanentChannelException} for what
 * never will (content rejected, bad credentials).
 */
public interface ChannelPort {

	Channel channel();

	/** Posts a revision, replacing {@link Delivery#replacedRef()} where there is one. */
	DeliveryOutcome post(Delivery delivery);

	/** Takes a posted revision off the channel. */
	DeliveryOutcome retract(Retraction retraction);

	/**
	 * Asks the channel for the result of a post it accepted earlier
	 * ({@link DeliveryOutcome.Awaiting}) when the result did not arrive on its own.
	 * @return the result, or empty while it is still pending
	 */
	default Optional<DeliveryOutcome> checkAwaiting(String externalRef) {
		return Optional.empty();
	}

}
