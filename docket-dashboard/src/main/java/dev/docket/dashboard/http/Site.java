package dev.docket.dashboard.http;

import dev.docket.admin.DocketAdmin;
import dev.docket.dashboard.assets.StaticAssets;
import dev.docket.dashboard.html.Paths;
import java.time.Clock;

/**
 * What every page of one dashboard shares.
 *
 * @param admin the admin model it reads and steers through
 * @param paths its URLs
 * @param assets its static files
 * @param clock its clock
 * @param signInRequired whether people sign in (the server has a token)
 */
public record Site(DocketAdmin admin, Paths paths, StaticAssets assets, Clock clock, boolean signInRequired) {
}
