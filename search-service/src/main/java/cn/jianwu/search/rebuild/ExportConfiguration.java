package cn.jianwu.search.rebuild;

import cn.jianwu.events.Channel;
import cn.jianwu.platform.export.DisclosureExport;
import cn.jianwu.platform.export.PublicItemSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The source of a rebuild and of the reconciliation: disclosure-service's export of the
 * items the portal shows, the same redacted text its events carry.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

	@Bean
	PublicItemSource disclosureExport(RebuildProperties properties) {
		return new DisclosureExport(properties.sourceUrl(), Channel.PORTAL, properties.readTimeout());
	}

}
