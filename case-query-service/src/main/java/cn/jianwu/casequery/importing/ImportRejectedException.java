package cn.jianwu.casequery.importing;

import java.util.List;

/** An import with errors: nothing was written. */
class ImportRejectedException extends RuntimeException {

	private final List<ImportError> errors;

	ImportRejectedException(List<ImportError> errors) {
		super(errors.size() + " import error(s)");
		this.errors = List.copyOf(errors);
	}

	List<ImportError> errors() {
		return this.errors;
	}

}
