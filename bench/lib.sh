# Shared by the bench scripts (sourced).

# portal_login BASE USERNAME PASSWORD COOKIE_JAR: logs in through the portal's own login form (as a browser does,
# with the Faces view state); later requests pass -b COOKIE_JAR.
portal_login() {
  local base=$1 user=$2 password=$3 jar=$4 state
  state=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml" \
    | grep -oE 'name="jakarta.faces.ViewState"[^>]*value="[^"]+"' | head -1 | sed -E 's/.*value="([^"]+)"/\1/')
  curl -s -o /dev/null -c "$jar" -b "$jar" "$base/login.xhtml" \
    --data-urlencode loginForm=loginForm --data-urlencode "loginForm:username=$user" \
    --data-urlencode "loginForm:password=$password" --data-urlencode loginForm:submit= \
    --data-urlencode "jakarta.faces.ViewState=$state"
}
