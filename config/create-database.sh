#!/usr/bin/env bash
# Creates the intranet's MySQL 8 / MariaDB 10.11+ database and its user, with the utf8mb4 character
# set (names such as "Siobhán Ó Briain" and emoji in posts). Run it as a database administrator:
#
#   TRUST_DB_PASSWORD='a long random password' config/create-database.sh [database] [user] [client-host]
#
# It reads the administrator's credentials the usual way (~/.my.cnf, or MYSQL_PWD); on a fresh Debian
# or Ubuntu machine the local root account needs none. The password is never written to a file.
set -euo pipefail
db="${1:-trust}"
user="${2:-trust}"
host="${3:-localhost}"
: "${TRUST_DB_PASSWORD:?set TRUST_DB_PASSWORD to the password the intranet will use}"
client=$(command -v mariadb || command -v mysql)
[[ "$db" =~ ^[A-Za-z0-9_]+$ && "$user" =~ ^[A-Za-z0-9_]+$ ]] || { echo "database and user: letters, digits, _ only" >&2; exit 2; }
escaped=${TRUST_DB_PASSWORD//\\/\\\\}
escaped=${escaped//\'/\\\'}
"$client" -u"${TRUST_DB_ADMIN:-root}" <<SQL
CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$user'@'$host' IDENTIFIED BY '$escaped';
ALTER USER '$user'@'$host' IDENTIFIED BY '$escaped';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$user'@'$host';
FLUSH PRIVILEGES;
SQL
echo "Database $db and user $user@$host are ready."
