package cn.jianwu.deploy.checks;

/** Whether a CIDR lies within the RFC 1918 private ranges (a LAN, never the Internet). */
final class PrivateNetworks {

	private static final String[] RANGES = { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16" };

	private PrivateNetworks() {
	}

	static boolean contains(String cidr) {
		long[] candidate = parse(cidr);
		for (String range : RANGES) {
			long[] network = parse(range);
			if (candidate[1] >= network[1] && (candidate[0] & mask(network[1])) == network[0]) {
				return true;
			}
		}
		return false;
	}

	private static long[] parse(String cidr) {
		String[] parts = cidr.trim().split("/");
		if (parts.length != 2) {
			throw new AssertionError("not an IPv4 CIDR: " + cidr);
		}
		String[] octets = parts[0].split("\\.");
		if (octets.length != 4) {
			throw new AssertionError("not an IPv4 CIDR: " + cidr);
		}
		long address = 0;
		for (String octet : octets) {
			address = (address << 8) | Integer.parseInt(octet);
		}
		return new long[] { address, Integer.parseInt(parts[1]) };
	}

	private static long mask(long prefix) {
		return (prefix == 0) ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
	}

}
