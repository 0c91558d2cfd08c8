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
 * ({@code apt-get install fonts-wqy-microhei}); {@link #DEBIAN_FONTS} when unset
 */
@ConfigurationProperties("jianwu.reports.pdf")
public record PdfProperties(Path font, List<Path> fallbacks) {

	/**
	 * Debian's CJK fonts, in order of preference. Set here rather than with
	 * {@code @DefaultValue}: the binder has no converter from the annotation's strings to
	 * {@code Path}, and the failed default left no bean at all.
	 */
	public static final List<Path> DEBIAN_FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
			Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
			Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
			Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

	public PdfProperties {
		fallbacks = (fallbacks == null || fallbacks.isEmpty()) ? DEBIAN_FONTS : List.copyOf(fallbacks);
	}

}
