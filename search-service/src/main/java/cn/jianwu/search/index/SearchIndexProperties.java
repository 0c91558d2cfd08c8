package cn.jianwu.search.index;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public index: an alias over versioned indices ({@code disclosures-v1}, …), so that
 * a rebuild can fill a new version and swap the alias without search downtime.
 *
 * @param alias the name searches use
 * @param indexVersion the version this build creates when the alias is missing
 * @param textAnalyzer the analyzer of the main text fields ({@code cjk_text} works on any
 * node; a cluster with analysis-smartcn or IK can name {@code smartcn} or
 * {@code ik_max_word})
 */
@ConfigurationProperties("jianwu.search")
public record SearchIndexProperties(@DefaultValue("disclosures") String alias, @DefaultValue("1") int indexVersion,
		@DefaultValue("cjk_text") String textAnalyzer) {

	public String versionedIndex(int version) {
		return this.alias + "-v" + version;
	}

	/**
	 * The alias over the index a rebuild is filling: while it exists the indexer writes
	 * every change through it too, so that the new index misses nothing that happens
	 * during the rebuild.
	 */
	public String rebuildAlias() {
		return this.alias + "-rebuild";
	}

}
