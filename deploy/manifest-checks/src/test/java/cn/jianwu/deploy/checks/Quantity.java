package cn.jianwu.deploy.checks;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities ({@code 500m}, {@code 2}, {@code 768Mi}, {@code 1G}).
 */
final class Quantity {

	private static final Pattern QUANTITY = Pattern.compile("([0-9.]+)([A-Za-z]*)");

	private static final Map<String, Long> MEMORY_UNITS = Map.of("", 1L, "Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30,
			"k", 1_000L, "M", 1_000_000L, "G", 1_000_000_000L);

	private Quantity() {
	}

	static long bytes(String quantity) {
		Matcher matcher = parse(quantity);
		Long unit = MEMORY_UNITS.get(matcher.group(2));
		if (unit == null) {
			throw new AssertionError("unknown memory unit in " + quantity);
		}
		return new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(unit)).longValueExact();
	}

	static long millicores(String quantity) {
		Matcher matcher = parse(quantity);
		BigDecimal number = new BigDecimal(matcher.group(1));
		if ("m".equals(matcher.group(2))) {
			return number.longValueExact();
		}
		if (matcher.group(2).isEmpty()) {
			return number.multiply(BigDecimal.valueOf(1000)).longValueExact();
		}
		throw new AssertionError("unknown cpu unit in " + quantity);
	}

	private static Matcher parse(String quantity) {
		Matcher matcher = QUANTITY.matcher(String.valueOf(quantity).trim());
		if (!matcher.matches()) {
			throw new AssertionError("not a quantity: " + quantity);
		}
		return matcher;
	}

}
