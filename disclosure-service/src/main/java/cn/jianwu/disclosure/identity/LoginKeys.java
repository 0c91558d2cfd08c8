package cn.jianwu.disclosure.identity;

/**
 * What failed logins are counted by: a keyed hash of the username as typed (normalised),
 * so that an unknown username, which may be a mistyped password, is never stored, and an
 * unknown account is slowed down exactly like a real one (the answers tell nothing about
 * which accounts exist); and a keyed hash of the client's address. Made by
 * {@link LoginKeyHasher}.
 *
 * @param account the account's key
 * @param client the client's key
 */
record LoginKeys(String account, String client) {

}
