package cn.jianwu.reports.pdf;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the reports' font comes from.
 *
 * @param font a TrueType font or collection (.ttf/.ttc, TrueType outlines) with Chinese
 * glyphs; when unset, the first of {@code fallbacks} that exists
 * @param fallbacks where Debian's CJK fonts are installed
 * ({@code apt-get install fonts-wqy-microhei})
 */
@ConfigurationProperties("jianwu.reports.pdf")
public record PdfProperties(Path font, List<Path> fallbacks) {

	/**
	 * Debian's usual places. In the constructor rather than as a {@code @DefaultValue}:
	 * the binder cannot convert a default's strings to a list of paths, and the bean was
	 * then missing from the context.
	 */
	static final List<Path> DEBIAN_FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
			Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
			Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
			Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

	public PdfProperties {
		fallbacks = (fallbacks != null && !fallbacks.isEmpty()) ? List.copyOf(fallbacks) : DEBIAN_FONTS;
	}

}
