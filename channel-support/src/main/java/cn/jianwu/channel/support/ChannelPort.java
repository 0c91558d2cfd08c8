package cn.jianwu.channel.support;

import java.util.Optional;

import cn.jianwu.events.Channel;

/**
 * What one channel does with an item revision: the only part an adapter writes itself.
 * The ledger, queue, Resilience4j, reports and dead letters around it come from
 * channel-support.
 * <p>
 * Calls run outside any database transaction. A post whose call got no answer (see
 * {@link TransientChannelException#unanswered}) or whose instance died mid-call is in
 * doubt: before calling again, the dispatcher asks {@link #findPost} whether the channel
 * already has it, so an unknown outcome is reconciled, not repeated.
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
	 * Asks the channel whether it already shows the post of a delivery in doubt, and
	 * finishes what {@link #post} would have done after it (taking down the replaced
	 * revision, for example).
	 * @return the outcome when the post was found; empty when the channel does not have
	 * it, so posting is safe, or when the channel cannot be asked
	 */
	default Optional<DeliveryOutcome> findPost(Delivery delivery) {
		return Optional.empty();
	}

	/**
	 * Asks the channel for the result of a post it accepted earlier
	 * ({@link DeliveryOutcome.Awaiting}) when the result did not arrive on its own.
	 * @return the result, or empty while it is still pending
	 */
	default Optional<DeliveryOutcome> checkAwaiting(String externalRef) {
		return Optional.empty();
	}

}
