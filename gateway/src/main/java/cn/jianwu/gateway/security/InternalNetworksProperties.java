package cn.jianwu.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where staff may reach the console and the staff APIs from.
 *
 * @param internalNetworks CIDR blocks (e.g. {@code 10.0.0.0/8}, {@code 192.168.1.0/24},
 * {@code fd00::/8}); empty (the default) serves the staff paths to every address, as
 * before
 */
@ConfigurationProperties("jianwu.gateway")
public record InternalNetworksProperties(List<String> internalNetworks) {

	public InternalNetworksProperties {
		internalNetworks = (internalNetworks != null)
				? internalNetworks.stream().map(String::trim).filter((cidr) -> !cidr.isEmpty()).toList() : List.of();
	}

}
