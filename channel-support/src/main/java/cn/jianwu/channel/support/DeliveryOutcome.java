package cn.jianwu.channel.support;

/**
 * How a channel call ended, when it did not throw.
 */
public sealed interface DeliveryOutcome {

	/** The reference staff see as proof, or {@code null}. */
	String externalRef();

	/** Shown to staff next to the status, or {@code null}. */
	String note();

	static DeliveryOutcome delivered(String externalRef) {
		return new Delivered(externalRef, null);
	}

	/** The channel shows it now. */
	record Delivered(String externalRef, String note) implements DeliveryOutcome {
	}

	/**
	 * The channel accepted it and reports the result later (WeChat's
	 * {@code PUBLISHJOBFINISH}); see {@link AwaitingResults}.
	 */
	record Awaiting(String externalRef, String note) implements DeliveryOutcome {
	}

	/** The channel no longer shows it. */
	record Retracted(String externalRef, String note) implements DeliveryOutcome {
	}

	/**
	 * The channel cannot do it by itself (Weibo without the delete API): reported as
	 * {@code FAILED} with what staff must do by hand; not an error, so no dead letter.
	 */
	record NeedsStaff(String externalRef, String note) implements DeliveryOutcome {
	}

	/**
	 * The channel did not fail but did not show it either (no hall screen is set up for
	 * the category): reported as {@code SKIPPED}.
	 */
	record NotApplicable(String externalRef, String note) implements DeliveryOutcome {
	}

}
