package cn.jianwu.disclosure.identity;

import java.util.regex.Pattern;

/**
 * A client address as administrators and the log may see it: the network, not the machine
 * ({@code 203.0.113.*}, the first three groups of an IPv6 address).
 */
final class MaskedAddress {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]+");

	private MaskedAddress() {
	}

	static String of(String address) {
		if (address == null) {
			return "*";
		}
		if (IPV4.matcher(address).matches()) {
			return address.substring(0, address.lastIndexOf('.')) + ".*";
		}
		if (address.contains(":") && IPV6.matcher(address).matches()) {
			String[] groups = address.split(":", -1);
			if (groups.length >= 3) {
				return String.join(":", groups[0], groups[1], groups[2]) + ":*";
			}
		}
		return "*";
	}

}
