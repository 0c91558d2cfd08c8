package cn.jianwu.catalogue;

/** Who may reach a service over the network. */
public enum Exposure {

	/**
	 * The single public entry (the gateway): the only service an ingress or a host port
	 * serves.
	 */
	PUBLIC_ENTRY,

	/** Reached from the public only through the gateway, or only by other services. */
	INTERNAL,

	/** Served on the institution's internal network only, never through the gateway. */
	LAN_ONLY

}
