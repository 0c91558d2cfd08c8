package cn.jianwu.channel.support.ledger;

/** What a ledger row asks of the channel. */
public enum Operation {

	/** Show the revision (replacing an older one where there is one). */
	POST,
	/** Take a posted revision off the channel. */
	RETRACT

}
